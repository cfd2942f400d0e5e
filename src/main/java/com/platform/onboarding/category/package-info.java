/**
 * The category tree, its codes and what a code covers, the catalogue and its endpoint: the shipping limit, the
 * factory programme and the deposit that makes a category high risk.
 */
@ApplicationModule(displayName = "Category")
package com.platform.onboarding.category;

import org.springframework.modulith.ApplicationModule;
