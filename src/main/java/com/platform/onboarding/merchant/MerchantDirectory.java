package com.platform.onboarding.merchant;

import com.platform.onboarding.security.Caller;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

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

    /**
     * The application as this caller may see it: their own, or any when they are in one of the staff groups. To
     * anyone else it does not exist (404, never 403: an id must not confirm that an application exists).
     */
    public Optional<MerchantApplication> visibleTo(Caller caller, String applicationId, String... staffGroups) {
        return repository.find(applicationId)
                .filter(a -> caller.username().equals(a.username()) || caller.inAny(staffGroups));
    }

    /** The record, held locked until the caller's transaction ends, so that what is decided from it is not raced. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<MerchantApplication> findLocked(String applicationId) {
        return repository.lock(applicationId);
    }

    /** The applications a merchant registered, newest first. */
    public List<MerchantApplication> ownedBy(String username) {
        return repository.findByUsername(username);
    }

    public Optional<String> categoryOf(String applicationId) {
        return repository.findCategory(applicationId);
    }
}
