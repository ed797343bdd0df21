package org.zhijian.credit.domain;

/**
 * What accompanies a listing step: the statement, reason or application text, and for a removal
 * application whether the enterprise has corrected the violation and paid.
 */
public record ListingInput(String note, boolean corrected, boolean paid) {

    public static ListingInput note(String note) {
        return new ListingInput(note, false, false);
    }
}
