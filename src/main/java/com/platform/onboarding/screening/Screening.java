package com.platform.onboarding.screening;

import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Checks a merchant against the risk list, by name (in its canonical form: {@link CanonicalName}) and by credit code. */
@Service
public class Screening {

    private final RiskList riskList;

    Screening(RiskList riskList) {
        this.riskList = riskList;
    }

    public Optional<RiskHit> screen(String merchantName, String creditCode) {
        if (creditCode != null && !creditCode.isBlank()) {
            var byCode = riskList.byCreditCode(creditCode.strip().toUpperCase(Locale.ROOT)).stream().findFirst();
            if (byCode.isPresent()) {
                return byCode.map(e -> new RiskHit(e.reason(), e.id(), "creditCode"));
            }
        }
        if (merchantName == null || merchantName.isBlank()) {
            return Optional.empty();
        }
        String name = normalised(merchantName);
        return riskList.withName().stream()
                .filter(e -> normalised(e.merchantName()).equals(name))
                .findFirst()
                .map(e -> new RiskHit(e.reason(), e.id(), "merchantName"));
    }

    /** A listed merchant must not get back in by width, case, spacing, invisible characters or look-alike letters. */
    static String normalised(String name) {
        return CanonicalName.of(name);
    }
}
