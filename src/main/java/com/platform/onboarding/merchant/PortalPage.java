package com.platform.onboarding.merchant;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.EncodedResourceResolver;

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

    /**
     * The build names every script and style by a hash of its content, so a browser keeps them for good: a new
     * release brings new names. The page that names them is asked for again each visit (a 304 when unchanged), so a
     * release reaches merchants on their next visit. Each comes compressed at build time (.br, .gz beside it), sent
     * as the browser takes it; the service's own gzip (server.compression) leaves an encoded answer alone.
     */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/assets/**").addResourceLocations("classpath:/static/assets/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                .resourceChain(true).addResolver(new EncodedResourceResolver());
        registry.addResourceHandler("/index.html").addResourceLocations("classpath:/static/")
                .setCacheControl(CacheControl.noCache());
    }
}
