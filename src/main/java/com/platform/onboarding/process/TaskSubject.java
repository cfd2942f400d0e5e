package com.platform.onboarding.process;

import com.platform.onboarding.category.CategoryCatalogue;
import com.platform.onboarding.merchant.MerchantApplication;
import com.platform.onboarding.merchant.MerchantDirectory;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Whose task it is, said in words on every staff task: the merchant's name and the category with its path, in both
 * languages, as task-local text variables (which the Tasklist filters show in the list) and as the task's description
 * (shown on the task). Taken from the application record, the one place a name is kept, when the task is created.
 */
@Component("taskSubject")
class TaskSubject implements TaskListener {

    static final String MERCHANT_NAME = "merchantName";
    static final String CATEGORY_NAME = "categoryName";

    private final MerchantDirectory directory;
    private final CategoryCatalogue catalogue;

    TaskSubject(MerchantDirectory directory, CategoryCatalogue catalogue) {
        this.directory = directory;
        this.catalogue = catalogue;
    }

    @Override
    public void notify(DelegateTask task) {
        var subject = of(task.getExecution().getProcessBusinessKey());
        task.setVariablesLocal(subject);
        task.setDescription(description(subject));
    }

    /** The merchant's name and category, or nothing for an application no longer on record. */
    Map<String, Object> of(String applicationId) {
        return directory.find(applicationId)
                .<Map<String, Object>>map(application -> Map.of(MERCHANT_NAME, application.merchantName(),
                        CATEGORY_NAME, categoryName(application)))
                .orElse(Map.of());
    }

    static String description(Map<String, Object> subject) {
        if (subject.isEmpty()) {
            return null;
        }
        return "商家 Merchant: " + subject.get(MERCHANT_NAME) + " · 类目 Category: " + subject.get(CATEGORY_NAME);
    }

    private String categoryName(MerchantApplication application) {
        var name = catalogue.name(application.category());
        if (name == null) {
            // A code dropped from the catalogue since: the code itself is still better than nothing.
            return application.category();
        }
        // The category itself first: a list cuts a long line short at its end.
        String own = name.zh() + " / " + name.en();
        var above = name.path().subList(0, Math.max(0, name.path().size() - 1));
        if (above.isEmpty()) {
            return own;
        }
        return own + " · " + above.stream().map(CategoryCatalogue.PathEntry::zh).collect(Collectors.joining(" › "))
                + " / " + above.stream().map(CategoryCatalogue.PathEntry::en).collect(Collectors.joining(" › "));
    }
}
