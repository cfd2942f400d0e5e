package com.platform.onboarding.archfixture.left;

import com.platform.onboarding.archfixture.right.Right;
import com.platform.onboarding.archfixture.right.inner.Inside;

/**
 * Half of a package cycle on purpose, and a reach into another module's internals: ArchitectureTest and ModularityTest
 * show that their rules catch them.
 */
public class Left {

    Right right;
    Inside inside;
}
