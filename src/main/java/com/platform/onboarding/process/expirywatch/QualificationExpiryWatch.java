package com.platform.onboarding.process.expirywatch;

import com.platform.onboarding.process.QualificationFields;

/** Mirrors bpmn/qualification-expiry-watch.bpmn: one instance per held qualification and validity period. */
public final class QualificationExpiryWatch {

    public static final String PROCESS_KEY = "qualification-expiry-watch";
    public static final String RESOURCE = "bpmn/qualification-expiry-watch.bpmn";

    public static final class Elements {
        public static final String QUALIFICATION_HELD = "qualification-held";
        public static final String WATCH_VALIDITY = "watch-validity";
        public static final String WATCH_STARTED = "watch-started";
        public static final String WATCH_DEADLINES = "watch-deadlines";
        public static final String REMINDERS_DUE = "reminders-due";
        public static final String REMINDER_LEFT = "reminder-left";
        public static final String REMINDER_LEFT_YES = "reminder-left-yes";
        public static final String REMINDER_LEFT_NO = "reminder-left-no";
        public static final String REMINDER_DUE = "reminder-due";
        public static final String REMIND_MERCHANT = "remind-merchant";
        public static final String REMINDERS_SENT = "reminders-sent";
        public static final String RENEWAL_WINDOW_OPENED = "renewal-window-opened";
        public static final String RENEWAL_DUE = "renewal-due";
        public static final String RENEW_QUALIFICATION = "renew-qualification";
        public static final String CHECK_RENEWAL = "check-renewal";
        public static final String RENEWAL_IN_ORDER = "renewal-in-order";
        public static final String RENEWAL_IN_ORDER_YES = "renewal-in-order-yes";
        public static final String RENEWAL_IN_ORDER_NO = "renewal-in-order-no";
        public static final String REFUSE_RENEWAL = "refuse-renewal";
        public static final String RENEWAL_ACCEPTED = "renewal-accepted";
        public static final String QUALIFICATION_EXPIRED = "qualification-expired";
        public static final String SUSPEND_MERCHANT = "suspend-merchant";
        public static final String MERCHANT_SUSPENDED = "merchant-suspended";
        public static final String RENEWAL_RECEIVED = "renewal-received";
        public static final String RENEWAL_MESSAGE_RECEIVED = "renewal-message-received";
        public static final String CHECK_RECEIVED_RENEWAL = "check-received-renewal";
        public static final String RECEIVED_RENEWAL_IN_ORDER = "received-renewal-in-order";
        public static final String RECEIVED_RENEWAL_IN_ORDER_YES = "received-renewal-in-order-yes";
        public static final String RECEIVED_RENEWAL_IN_ORDER_NO = "received-renewal-in-order-no";
        public static final String RECEIVED_RENEWAL_ACCEPTED = "received-renewal-accepted";
        public static final String REFUSE_RECEIVED_RENEWAL = "refuse-received-renewal";
        public static final String RECEIVED_RENEWAL_REFUSED = "received-renewal-refused";
        public static final String QUALIFICATION_RENEWED = "qualification-renewed";
        public static final String RENEWAL_RECORDED = "renewal-recorded";
        public static final String LIFT_SUSPENSION = "lift-suspension";
        public static final String START_NEXT_WATCH = "start-next-watch";
        public static final String WATCH_HANDED_OVER = "watch-handed-over";

        private Elements() {}
    }

    public static final class Messages {
        public static final String QUALIFICATION_RENEWED = "QualificationRenewed";

        private Messages() {}
    }

    public static final class Variables {
        /** The qualification's prefix, e.g. "overseasEntity"; also the message's correlation key. */
        public static final String QUALIFICATION_TYPE = "qualificationType";
        /** String yyyy-MM-dd, restored from the held record after every renewal check. */
        public static final String VALID_UNTIL = "validUntil";
        /** When the last reminder of this validity period went out (local to {@code watch-validity}). */
        public static final String LAST_REMINDER_AT = "lastReminderAt";
        public static final String RENEWAL_IN_ORDER = "renewalInOrder";
        public static final String QUALIFICATION_ISSUES = QualificationFields.ISSUES;
        /** The qualification type again, for the shared upload form, which shows the fieldsets it names. */
        public static final String REQUIRED_QUALIFICATIONS_TEXT = QualificationFields.REQUIRED_TEXT;

        private Variables() {}
    }

    private QualificationExpiryWatch() {}
}
