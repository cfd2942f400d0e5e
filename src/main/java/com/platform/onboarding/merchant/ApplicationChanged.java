package com.platform.onboarding.merchant;

/** Published inside the transaction of every transition that changed the record: the application before and after. */
public record ApplicationChanged(MerchantApplication before, MerchantApplication after) {}
