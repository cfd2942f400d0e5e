/**
 * The deposit ledger: payments recorded once per reference, what is paid, outstanding and owed back.
 */
@ApplicationModule(displayName = "Deposit ledger")
package com.platform.onboarding.deposit;

import org.springframework.modulith.ApplicationModule;
