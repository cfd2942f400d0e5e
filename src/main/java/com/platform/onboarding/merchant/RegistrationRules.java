package com.platform.onboarding.merchant;

import com.platform.onboarding.OnboardingProperties;
import com.platform.onboarding.OnboardingProperties.Category;
import com.platform.onboarding.category.CategoryCatalogue;
import com.platform.onboarding.text.PlainText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** Judges every field of a registration and names each one that is wrong; judges, never writes. */
@Component
class RegistrationRules {

    static final int MIN_PASSWORD_LENGTH = 10;
    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9-]{2,31}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    private final CategoryCatalogue catalogue;
    private final Set<String> reservedUsernames;

    @Autowired
    RegistrationRules(CategoryCatalogue catalogue, OnboardingProperties properties) {
        this(catalogue, Set.copyOf(properties.reservedUsernames()));
    }

    RegistrationRules(CategoryCatalogue catalogue, Set<String> reservedUsernames) {
        this.catalogue = catalogue;
        this.reservedUsernames = reservedUsernames;
    }

    List<Violation> check(Registration r) {
        var violations = new ArrayList<Violation>();
        if (required(violations, "username", r.username())) {
            if (!USERNAME.matcher(r.username()).matches()) {
                violations.add(new Violation("username", "USERNAME_INVALID",
                        "Use 3 to 32 characters: lower-case letters, digits and '-', starting with a letter.",
                        "用户名须为 3 至 32 位小写字母、数字或 '-'，并以字母开头。"));
            } else if (passesForStaff(r.username())) {
                violations.add(new Violation("username", "USERNAME_RESERVED",
                        "'" + r.username() + "' is reserved for the platform; choose another user name.",
                        "“" + r.username() + "”为平台保留名，请换一个用户名。"));
            }
        }
        if (required(violations, "password", r.password())) {
            checkPassword(violations, r.password(), r.username());
        }
        if (required(violations, "merchantName", r.merchantName()) && r.merchantName().strip().length() > 200) {
            violations.add(new Violation("merchantName", "TOO_LONG",
                    "The merchant name may have at most 200 characters.", "商家名称最多 200 个字符。"));
        }
        plainText(violations, "merchantName", r.merchantName());
        plainText(violations, "contactEmail", r.contactEmail());
        if (required(violations, "contactEmail", r.contactEmail())
                && (r.contactEmail().length() > 254 || !EMAIL.matcher(r.contactEmail().strip()).matches())) {
            violations.add(new Violation("contactEmail", "EMAIL_INVALID",
                    "Give an e-mail address such as ops@example.com.", "请填写有效的邮箱地址，例如 ops@example.com。"));
        }
        if (required(violations, "entityType", r.entityType()) && entityType(r.entityType()) == null) {
            violations.add(new Violation("entityType", "ENTITY_TYPE_UNKNOWN",
                    "Choose OVERSEAS or DOMESTIC.", "主体类型须为 OVERSEAS（境外）或 DOMESTIC（境内）。"));
        }
        boolean knownCategory = false;
        if (required(violations, "category", r.category())) {
            knownCategory = catalogue.contains(r.category());
            if (!knownCategory) {
                violations.add(new Violation("category", "CATEGORY_UNKNOWN",
                        "'" + r.category() + "' is not a category of the platform; choose one from the catalogue.",
                        "“" + r.category() + "”不是平台类目，请从类目表中选择。"));
            }
        }
        checkMarkets(violations, r.overseasMarkets());
        if (Boolean.TRUE.equals(r.factoryProgram()) && knownCategory && !catalogue.openToFactoryProgram(r.category())) {
            var open = catalogue.factoryProgramCategories();
            violations.add(new Violation("factoryProgram", "FACTORY_PROGRAM_NOT_OPEN",
                    "The factory programme is open to " + open.stream().map(Category::en).collect(Collectors.joining(", "))
                            + " only.",
                    "快质造仅招募" + open.stream().map(Category::zh).collect(Collectors.joining("、")) + "类目的商家。"));
        }
        return violations;
    }

    /**
     * A name passes for staff when any of its parts, digits dropped, is a word of the platform's roles: by rule, so
     * that "admin1", "ops-team" and "reviewer3" are refused as "admin" is.
     */
    private boolean passesForStaff(String username) {
        return reservedUsernames.contains(username) || Arrays.stream(username.split("-"))
                .map(part -> part.replaceAll("[0-9]+", ""))
                .anyMatch(reservedUsernames::contains);
    }

    private static void plainText(List<Violation> violations, String field, String value) {
        PlainText.check(value).ifPresent(refusal -> violations.add(new Violation(field, "TEXT_INVISIBLE_CHARACTERS",
                refusal.message(), refusal.messageZh())));
    }

    static EntityType entityType(String value) {
        return Arrays.stream(EntityType.values()).filter(t -> t.name().equals(value)).findFirst().orElse(null);
    }

    /** Empty or absent means the merchant does not join the going-overseas plan. */
    static Set<Market> markets(String value) {
        var markets = EnumSet.noneOf(Market.class);
        if (value == null || value.isBlank()) {
            return markets;
        }
        for (String code : value.split(",")) {
            markets.add(Market.valueOf(code.strip().toUpperCase(Locale.ROOT)));
        }
        return markets;
    }

    private static void checkMarkets(List<Violation> violations, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        var unknown = Arrays.stream(value.split(","))
                .map(String::strip)
                .filter(code -> Arrays.stream(Market.values()).noneMatch(m -> m.name().equalsIgnoreCase(code)))
                .toList();
        if (!unknown.isEmpty()) {
            violations.add(new Violation("overseasMarkets", "MARKET_UNKNOWN",
                    "Unknown market " + unknown + "; the plan covers US, HK and MO, comma-separated.",
                    "不支持的市场 " + unknown + "；出海计划覆盖 US、HK、MO，用逗号分隔。"));
        }
    }

    /** The registration's password rule, also for a password changed later: the violations of {@code field}. */
    static List<Violation> checkPassword(String field, String password, String username) {
        var violations = new ArrayList<Violation>();
        if (required(violations, field, password)) {
            checkPassword(violations, password, username);
        }
        return violations.stream().map(v -> new Violation(field, v.code(), v.message(), v.messageZh())).toList();
    }

    private static void checkPassword(List<Violation> violations, String password, String username) {
        // The engine holds every password to the same rule (security/PasswordRules): keep the two alike.
        boolean letter = password.chars().anyMatch(Character::isLowerCase);
        boolean digit = password.chars().anyMatch(Character::isDigit);
        boolean containsUsername = username != null && !username.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT));
        if (password.length() < MIN_PASSWORD_LENGTH || !letter || !digit || containsUsername) {
            violations.add(new Violation("password", "PASSWORD_TOO_WEAK",
                    "Use at least " + MIN_PASSWORD_LENGTH + " characters with a lower-case letter and a digit, not"
                            + " containing the user name.",
                    "密码至少 " + MIN_PASSWORD_LENGTH + " 位，须包含小写字母和数字，且不得包含用户名。"));
        }
    }

    private static boolean required(List<Violation> violations, String field, String value) {
        if (value == null || value.isBlank()) {
            violations.add(new Violation(field, "REQUIRED", field + " is required.", "请填写 " + field + "。"));
            return false;
        }
        return true;
    }
}
