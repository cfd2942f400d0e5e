package com.platform.onboarding.category;

/** Category codes are dotted paths ("food.fresh-fruit.durian"): the one rule of how they relate. */
public final class CategoryCode {

    /** A code covers itself and its descendants; "food.fresh" is a prefix of "food.fresh-fruit", not its parent. */
    public static boolean covers(String ancestor, String code) {
        return code.equals(ancestor) || code.startsWith(ancestor + ".");
    }

    private CategoryCode() {}
}
