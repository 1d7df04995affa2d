package org.crmir.contract;

import java.util.LinkedHashMap;
import java.util.Map;

/** A contract's audited fields by name, as strings: what its audit events compare before and after a change. */
final class ContractSnapshot {

    private ContractSnapshot() {
    }

    static Map<String, String> of(Contract c) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("number", c.getNumber());
        fields.put("revision", Integer.toString(c.getRevision()));
        fields.put("status", c.getStatus().name());
        fields.put("title", c.getTitle());
        fields.put("owner", c.getOwner());
        fields.put("startDate", String.valueOf(c.getStartDate()));
        fields.put("endDate", String.valueOf(c.getEndDate()));
        fields.put("noticeDays", Integer.toString(c.getNoticeDays()));
        fields.put("autoRenew", Boolean.toString(c.isAutoRenew()));
        fields.put("renewalMonths", textOf(c.getRenewalMonths()));
        fields.put("value", c.getValue().toString());
        fields.put("termsLength", c.getTerms() == null ? "0" : Integer.toString(c.getTerms().length()));
        fields.put("signatory", c.getSignatory());
        fields.put("signedOn", textOf(c.getSignedOn()));
        fields.put("billingSchedule", c.getBillingSchedule() == null ? null : c.getBillingSchedule().name());
        fields.put("invoiceMode", c.getInvoiceMode().name());
        fields.put("lines", Integer.toString(c.getLines().size()));
        fields.put("milestones", Integer.toString(c.getMilestones().size()));
        fields.put("acceptedBy", c.getAcceptedBy());
        fields.put("acceptedAt", textOf(c.getAcceptedAt()));
        fields.put("endedOn", textOf(c.getEndedOn()));
        fields.put("endReason", c.getEndReason());
        return fields;
    }

    private static String textOf(Object value) {
        return value == null ? null : value.toString();
    }
}
