package cn.gov.hunan.sanpin.application.recommendation;

import jakarta.persistence.Embeddable;

/** The unit's signed and stamped letter as uploaded: stored under a name of ours, with its SHA-256. */
@Embeddable
public class StampedScan {

    public String storageName;
    public String fileName;
    public String mediaType;
    public Long size;
    public String sha256;
}
