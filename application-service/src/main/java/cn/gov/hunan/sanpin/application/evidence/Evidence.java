package cn.gov.hunan.sanpin.application.evidence;

import cn.gov.hunan.sanpin.common.audit.Stamp;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.UUID;

/** One uploaded file: the name the enterprise gave it, the name we store it under, what it really is, its hash. */
@Entity
public class Evidence extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "application_id", nullable = false)
    public UUID applicationId;

    @Column(name = "file_name", nullable = false)
    public String fileName;

    @Column(name = "storage_name", nullable = false, unique = true)
    public String storageName;

    /** Detected from the content, never taken from the client. */
    @Column(name = "media_type", nullable = false)
    public String mediaType;

    @Column(nullable = false)
    public long size;

    @Column(nullable = false)
    public String sha256;

    /** BC1–BC7 or SW01–SW12: what the file supports. */
    public String claim;

    @Embedded
    public Stamp uploaded;
}
