package cn.gov.hunan.sanpin.common.problem;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Problem texts in the caller's language. Each service keeps its own bundle {@code messages} (zh-CN in
 * {@code messages.properties}, English in {@code messages_en.properties}); the common bundle
 * {@code common-messages} holds the texts every service shares. zh-CN is the default: English is given only to a
 * caller whose Accept-Language prefers it.
 */
@ApplicationScoped
public class ProblemMessages {

    private static final List<String> BUNDLES = List.of("messages", "common-messages");
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    public String text(Locale locale, String key, Object... args) {
        for (String name : BUNDLES) {
            try {
                ResourceBundle bundle = ResourceBundle.getBundle(name, locale, Thread.currentThread().getContextClassLoader(), NO_FALLBACK);
                if (bundle.containsKey(key)) {
                    return new MessageFormat(bundle.getString(key), locale).format(plain(args));
                }
            } catch (MissingResourceException absentBundle) {
                // this service has no bundle of that name; try the next
            }
        }
        return key;
    }

    /** A problem of the given kind, its title and detail in the locale's words; {@code args} fill the detail. */
    public ProblemBody body(int status, String kind, Locale locale, String instance, List<ProblemBody.Error> errors, Object... args) {
        String detailKey = "problem." + kind + ".detail";
        String detail = text(locale, detailKey, args);
        return new ProblemBody(URI.create(ProblemBody.TYPE_BASE + kind), text(locale, "problem." + kind + ".title"), status,
                detail.equals(detailKey) ? null : detail, instance, errors);
    }

    /** Problem texts carry years, counts and codes, never amounts: no digit grouping ("2025", not "2,025"). */
    private static Object[] plain(Object[] args) {
        Object[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof Number number) {
                out[i] = number.toString();
            }
        }
        return out;
    }

    /** English when the caller's first acceptable language is English, otherwise zh-CN. */
    public static Locale localeOf(List<Locale> acceptable) {
        for (Locale locale : acceptable) {
            if ("en".equals(locale.getLanguage())) {
                return Locale.ENGLISH;
            }
            if ("zh".equals(locale.getLanguage())) {
                return Locale.ROOT;
            }
        }
        return Locale.ROOT;
    }
}
