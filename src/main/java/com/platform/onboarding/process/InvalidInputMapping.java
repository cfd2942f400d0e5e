package com.platform.onboarding.process;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
import org.glassfish.jersey.server.ResourceConfig;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * The engine API answers a task completion with unusable input as 400 itself, but a message (DepositPaid,
 * QualificationRenewed) whose data a delegate refuses would come back as a 500 that blames the server. This makes
 * it the same 400, naming the field, on every endpoint of /engine-rest.
 */
@Component
class InvalidInputMapping implements ResourceConfigCustomizer {

    @Override
    public void customize(ResourceConfig config) {
        config.register(new InvalidInputResponse());
    }

    static class InvalidInputResponse implements ExceptionMapper<InvalidTaskInput> {

        @Override
        public Response toResponse(InvalidTaskInput refused) {
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Map.of("type", "InvalidRequestException", "message", refused.getMessage())).build();
        }
    }
}
