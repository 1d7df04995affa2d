package org.crmir.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import org.crmir.shared.InvalidInputException;

/**
 * A file attached to a contract (the signed PDF, an annex), described here; its bytes live in
 * {@link ContractDocumentContent}, read only when someone downloads it. Its kind comes from its content.
 */
@Entity
@Table(name = "contract_documents")
public class ContractDocument implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "contract_id", nullable = false, updatable = false)
    private Long contractId;

    @Column(name = "file_name", nullable = false, length = 160, updatable = false)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8, updatable = false)
    private FileKind kind;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(name = "uploaded_by", nullable = false, length = 64, updatable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    protected ContractDocument() {
    }

    /** Checks size and kind: an empty file, one over {@link FileKind#MAX_BYTES}, or of another kind is refused. */
    public static ContractDocument of(long contractId, String fileName, byte[] content, String uploadedBy,
            Instant now) {
        if (content == null || content.length == 0) {
            throw new InvalidInputException("file", "is empty");
        }
        if (content.length > FileKind.MAX_BYTES) {
            throw new InvalidInputException("file", "is " + megabytes(content.length) + " MB; at most "
                    + megabytes(FileKind.MAX_BYTES) + " MB can be attached");
        }
        FileKind kind = FileKind.sniff(content).orElseThrow(() -> new InvalidInputException("file",
                "is not a PDF, PNG, JPEG or Word (DOCX) file; other kinds are refused"));
        ContractDocument document = new ContractDocument();
        document.contractId = contractId;
        document.fileName = FileKind.cleanName(fileName, kind);
        document.kind = kind;
        document.sizeBytes = content.length;
        document.uploadedBy = uploadedBy;
        document.uploadedAt = now;
        return document;
    }

    private static String megabytes(long bytes) {
        return new java.math.BigDecimal(bytes).divide(new java.math.BigDecimal(1024 * 1024), 1,
                java.math.RoundingMode.HALF_UP).toPlainString();
    }

    public Long getId() { return id; }
    public Long getContractId() { return contractId; }
    public String getFileName() { return fileName; }
    public FileKind getKind() { return kind; }
    public String getContentType() { return kind.contentType(); }
    public long getSizeBytes() { return sizeBytes; }
    public String getUploadedBy() { return uploadedBy; }
    public Instant getUploadedAt() { return uploadedAt; }
}
