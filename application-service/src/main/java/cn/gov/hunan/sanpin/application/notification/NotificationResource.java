package cn.gov.hunan.sanpin.application.notification;

import cn.gov.hunan.sanpin.common.security.CurrentActor;
import cn.gov.hunan.sanpin.common.web.PageRequest;
import cn.gov.hunan.sanpin.contract.application.api.NotificationsApi;
import cn.gov.hunan.sanpin.contract.application.model.NotificationPage;
import cn.gov.hunan.sanpin.contract.application.model.PageMeta;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

@Authenticated
public class NotificationResource implements NotificationsApi {

    @Inject
    NotificationService notifications;

    @Inject
    CurrentActor actor;

    @Override
    public NotificationPage listNotifications(Integer page, Integer size, Boolean unreadOnly) {
        PageRequest request = PageRequest.of(page, size, null, Map.of(), Sort.descending("createdAt"));
        NotificationService.Page result = notifications.mine(actor.get(), Boolean.TRUE.equals(unreadOnly), request);
        return new NotificationPage().unread(result.unread())
                .items(result.items().stream().map(n -> new cn.gov.hunan.sanpin.contract.application.model.Notification()
                        .id(n.id).kind(n.kind).title(n.title).body(n.body).applicationId(n.applicationId)
                        .createdAt(n.createdAt.atOffset(ZoneOffset.UTC))
                        .readAt(n.readAt == null ? null : n.readAt.atOffset(ZoneOffset.UTC))).toList())
                .page(new PageMeta().number(request.page()).size(request.size()).totalElements(result.totalElements())
                        .totalPages(request.totalPages(result.totalElements())));
    }

    @Override
    public void markNotificationRead(UUID notificationId) {
        notifications.markRead(actor.get(), notificationId);
    }
}
