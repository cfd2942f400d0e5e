package com.platform.onboarding.merchant;

import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Facts of an application, from the record: a merchant completing a task may overwrite any process variable, so
 * whatever decides (who works on a task, which category is judged) is read here.
 */
@Service
public class MerchantDirectory {

    private final MerchantApplicationRepository repository;

    MerchantDirectory(MerchantApplicationRepository repository) {
        this.repository = repository;
    }

    public Optional<String> usernameOf(String applicationId) {
        return repository.findUsername(applicationId);
    }

    public Optional<MerchantApplication> find(String applicationId) {
        return repository.find(applicationId);
    }

    public Optional<String> categoryOf(String applicationId) {
        return repository.findCategory(applicationId);
    }
}
