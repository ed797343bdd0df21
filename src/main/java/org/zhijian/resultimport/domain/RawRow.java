package org.zhijian.resultimport.domain;

/**
 * One spreadsheet row as read: its 1-based row number and, per template column,
 * the cell's text, or its number when the office suite stored one (dates too).
 */
record RawRow(int number, Object[] cells) {

    Object cell(ImportColumn column) {
        return cells[column.ordinal()];
    }

    String text(ImportColumn column) {
        Object v = cells[column.ordinal()];
        if (v == null) {
            return "";
        }
        return v instanceof java.math.BigDecimal bd ? bd.stripTrailingZeros().toPlainString() : v.toString();
    }

    boolean isBlank() {
        for (Object c : cells) {
            if (c != null && !c.toString().isBlank()) {
                return false;
            }
        }
        return true;
    }
}
