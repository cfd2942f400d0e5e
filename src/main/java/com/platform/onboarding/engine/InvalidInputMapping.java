package com.platform.onboarding.engine;

import com.platform.onboarding.process.InvalidTaskInput;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappInitializer;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletProperties;
import org.glassfish.jersey.servlet.internal.Utils;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.stereotype.Component;

/**
 * Input a task or a message cannot take is a 400 that names the fields in both languages, on every endpoint of both
 * engine API mounts (/engine-rest and Tasklist's /camunda/api/engine). Left to itself the engine answers it as a
 * 400 on completion only, with the task id in the message, and as a 500 on resolve, variable updates and message
 * correlation.
 */
@Component
class InvalidInputMapping implements ResourceConfigCustomizer, BeanPostProcessor {

    /** Tasklist's engine API, a Jersey application the Camunda web-app starter registers under this name. */
    static final String WEBAPP_ENGINE_API = "Engine Api";

    @Override
    public void customize(ResourceConfig config) {
        // Ahead of the engine's own mappers of the same types (priority 5000), for refusals only.
        config.register(RefusedByTheEngine.class, 1).register(RefusedThroughTheResource.class, 1);
    }

    /**
     * The web-app starter registers Tasklist's engine API while the servlet context starts, with no hook and no order
     * to come after; so its initializer is wrapped, and the mappers are added to that servlet once it exists.
     */
    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof CamundaBpmWebappInitializer webapps)) {
            return bean;
        }
        return (ServletContextInitializer) context -> {
            webapps.onStartup(context);
            var engineApi = context.getServletRegistration(WEBAPP_ENGINE_API);
            String application = engineApi == null ? null : engineApi.getInitParameter(ServletProperties.JAXRS_APPLICATION_CLASS);
            if (application == null) {
                throw new IllegalStateException("No servlet '" + WEBAPP_ENGINE_API + "' to hold task input refusals to 400");
            }
            // Jersey takes a configuration stored under the servlet's name instead of building its own.
            try {
                Utils.store(ResourceConfig.forApplicationClass(Class.forName(application).asSubclass(Application.class))
                        .register(RefusedByTheEngine.class, 1).register(RefusedThroughTheResource.class, 1),
                        context, WEBAPP_ENGINE_API);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    /**
     * A refusal of ours anywhere in the cause chain: the engine wraps what a listener throws, and its REST resources
     * wrap what the engine threw.
     */
    static InvalidTaskInput refusal(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidTaskInput refused) {
                return refused;
            }
        }
        return null;
    }

    static Response badRequest(InvalidTaskInput refused) {
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("type", "InvalidInput", "message", refused.getMessage())).build();
    }

    /** Public with a public constructor: Jersey creates it by its class on the web-app mount. */
    public static class RefusedByTheEngine implements ExtendedExceptionMapper<ProcessEngineException> {

        @Override
        public boolean isMappable(ProcessEngineException exception) {
            return refusal(exception) != null;
        }

        @Override
        public Response toResponse(ProcessEngineException exception) {
            return badRequest(refusal(exception));
        }
    }

    public static class RefusedThroughTheResource implements ExtendedExceptionMapper<RestException> {

        @Override
        public boolean isMappable(RestException exception) {
            return refusal(exception) != null;
        }

        @Override
        public Response toResponse(RestException exception) {
            return badRequest(refusal(exception));
        }
    }
}
