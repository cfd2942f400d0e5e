package com.platform.onboarding.merchant;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The merchant portal (built from {@code portal/} into {@code static/}) is the page at "/"; "/register", the address
 * merchants were given before, opens the same page, which shows the registration for that path.
 */
@Configuration
class PortalPage implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addViewController("/").setViewName("forward:/index.html");
        registry.addViewController("/register").setViewName("forward:/index.html");
    }
}
