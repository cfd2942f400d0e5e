package com.platform.onboarding.archfixture.right.inner;

/** Internal to the module "right": ModularityTest shows that reaching it from "left" is caught. */
public class Inside {}
