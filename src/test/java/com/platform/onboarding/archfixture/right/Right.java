package com.platform.onboarding.archfixture.right;

import com.platform.onboarding.archfixture.left.Left;

/** The other half of the package cycle that ArchitectureTest feeds to its cycle rule. */
public class Right {

    Left left;
}
