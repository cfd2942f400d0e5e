package com.platform.onboarding.merchant;

import java.util.Optional;
import org.springframework.stereotype.Service;

/** Who is behind an application, from the record: the one answer a process variable could not be trusted with. */
@Service
public class MerchantDirectory {

    private final MerchantApplicationRepository repository;

    MerchantDirectory(MerchantApplicationRepository repository) {
        this.repository = repository;
    }

    public Optional<String> usernameOf(String applicationId) {
        return repository.findUsername(applicationId);
    }
}
