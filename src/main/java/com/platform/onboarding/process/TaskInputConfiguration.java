package com.platform.onboarding.process;

import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration
class TaskInputConfiguration {

    @Bean
    FilterRegistrationBean<TaskInputFilter> taskInputs(TaskService taskService) {
        var registration = new FilterRegistrationBean<>(new TaskInputFilter(taskService));
        registration.setName("task-inputs");
        // After authentication and after the expression guard, which caches the body this filter reads again.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        return registration;
    }
}
