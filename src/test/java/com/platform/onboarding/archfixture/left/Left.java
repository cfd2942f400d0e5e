package com.platform.onboarding.archfixture.left;

import com.platform.onboarding.archfixture.right.Right;

/** Half of a package cycle on purpose: ArchitectureTest shows that its cycle rule catches one. */
public class Left {

    Right right;
}
