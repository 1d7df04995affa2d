package org.crmir.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.io.Serializable;

/** The bytes of a contract document, in the database (not in the deployment), apart from its description. */
@Entity
@Table(name = "contract_document_contents")
public class ContractDocumentContent implements Serializable {

    @Id
    @Column(name = "document_id")
    private Long documentId;

    @Lob
    @Column(nullable = false, updatable = false)
    private byte[] content;

    protected ContractDocumentContent() {
    }

    public ContractDocumentContent(long documentId, byte[] content) {
        this.documentId = documentId;
        this.content = content;
    }

    public Long getDocumentId() { return documentId; }
    public byte[] getContent() { return content; }
}
