package cn.gov.hunan.sanpin.application.evidence;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The files evidence may be: PDF, images and office documents, each known by its extension and checked by its first
 * bytes, so a renamed executable is refused whatever it is called. An OOXML document (docx, xlsx, pptx) starts like
 * any zip: it is checked by its parts as well, [Content_Types].xml and the main part of its kind.
 */
public enum FileType {
    PDF("application/pdf", Signature.PDF, null, "pdf"),
    PNG("image/png", Signature.PNG, null, "png"),
    JPEG("image/jpeg", Signature.JPEG, null, "jpg", "jpeg"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Signature.ZIP, "word/document.xml", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Signature.ZIP, "xl/workbook.xml", "xlsx"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", Signature.ZIP, "ppt/presentation.xml", "pptx"),
    DOC("application/msword", Signature.OLE2, null, "doc"),
    XLS("application/vnd.ms-excel", Signature.OLE2, null, "xls"),
    WPS("application/vnd.ms-works", Signature.OLE2, null, "wps");

    /** How many leading bytes identification needs. */
    public static final int HEAD_BYTES = 8;

    public final String mediaType;
    private final Signature signature;
    /** An OOXML package's main part; null for a type that is not a package. */
    private final String mainPart;
    private final String[] extensions;

    FileType(String mediaType, Signature signature, String mainPart, String... extensions) {
        this.mediaType = mediaType;
        this.signature = signature;
        this.mainPart = mainPart;
        this.extensions = extensions;
    }

    /** The type a file name claims, by its extension. */
    public static Optional<FileType> claimedBy(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> Arrays.asList(t.extensions).contains(extension)).findFirst();
    }

    public boolean matches(byte[] head) {
        return signature.matches(head);
    }

    /** An OOXML package: its first bytes say only "zip", its parts say what it is. */
    public boolean isPackage() {
        return mainPart != null;
    }

    /** Whether a package with these parts (the zip's entry names) is of this type. */
    public boolean hasParts(Set<String> partNames) {
        return partNames.contains("[Content_Types].xml") && partNames.contains(mainPart);
    }

    /** Executables and scripts, named so the refusal can say what the file really is. */
    public static boolean isExecutable(byte[] head) {
        return Signature.WINDOWS_EXECUTABLE.matches(head) || Signature.ELF.matches(head) || Signature.SCRIPT.matches(head);
    }

    private enum Signature {
        PDF(0x25, 0x50, 0x44, 0x46, 0x2D),
        PNG(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A),
        JPEG(0xFF, 0xD8, 0xFF),
        ZIP(0x50, 0x4B, 0x03, 0x04),
        OLE2(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1),
        WINDOWS_EXECUTABLE(0x4D, 0x5A),
        ELF(0x7F, 0x45, 0x4C, 0x46),
        SCRIPT(0x23, 0x21);

        private final int[] bytes;

        Signature(int... bytes) {
            this.bytes = bytes;
        }

        boolean matches(byte[] head) {
            if (head.length < bytes.length) {
                return false;
            }
            for (int i = 0; i < bytes.length; i++) {
                if ((head[i] & 0xFF) != bytes[i]) {
                    return false;
                }
            }
            return true;
        }
    }
}
