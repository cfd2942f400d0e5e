package com.platform.onboarding.factory;

import java.time.LocalDate;

/**
 * The factory and warehouse audit report (验厂验仓报告) as the merchant submitted it. {@code auditIssuer} is kept as
 * typed so that a wrong value reaches the merchant as an issue instead of failing the form.
 */
public record FactoryAudit(String auditIssuer, LocalDate auditIssuedOn, boolean hasReportDocument,
        boolean hasOdmTeam, boolean hasProductionManagement) {}
