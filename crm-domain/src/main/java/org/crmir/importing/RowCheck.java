package org.crmir.importing;

/** The verdict on one row of a file: its spreadsheet row number, its status and, unless ready, why. */
public record RowCheck(int rowNumber, RowStatus status, String message) implements java.io.Serializable {

    public static RowCheck ready(int rowNumber) {
        return new RowCheck(rowNumber, RowStatus.READY, null);
    }
}
