package com.platform.onboarding.security;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What a person reaches when the servlet container answers an error itself: the web apps' own refusals (a reviewer
 * following a link into Cockpit gets 403 from the engine's security filter), a page that does not exist, a failure
 * nobody caught. Instead of Spring's "Whitelabel Error Page", a browser gets a page in Chinese and English that says
 * what happened and links the apps this person may open; any other caller gets problem+json in both languages. Neither
 * carries the path, an exception, a class name or a stack; a failure is logged with a correlation id the answer quotes.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class ErrorPages implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);
    private static final String ENGINE = "default";
    /** The staff apps in the order a person looks for them, each with its name in both languages. */
    private static final List<App> APPS = List.of(
            new App("tasklist", "任务中心", "Tasklist", "审核员处理任务", "reviewers' tasks"),
            new App("cockpit", "运维台", "Cockpit", "运营查看与修复流程", "ops watch and repair"),
            new App("admin", "管理台", "Admin", "用户与权限", "users and rights"),
            new App("welcome", "欢迎页", "Welcome", "您可使用的全部应用", "every app you may use"));

    @RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> page(HttpServletRequest request) {
        var status = status(request);
        String correlationId = logFailure(request, status);
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header("Cache-Control", "no-store")
                .body(html(status, correlationId, signedInApps(request)));
    }

    @RequestMapping
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        var status = status(request);
        String correlationId = logFailure(request, status);
        var problem = status.is5xxServerError() ? ApiErrors.failure(correlationId) : ApiErrors.request(status);
        // The address asked for, as our controllers' answers name it (else the framework names this handler's own).
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String asked) {
            problem.setInstance(UriComponentsBuilder.fromPath(asked).build().toUri());
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        var status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null || status.value() < 400 ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    /** A failure is ours to find: its cause goes to the log under an id the person can quote; a refusal is not logged. */
    private static String logFailure(HttpServletRequest request, HttpStatusCode status) {
        if (!status.is5xxServerError()) {
            return null;
        }
        String correlationId = UUID.randomUUID().toString();
        log.error("{} answered {}, correlationId={}", request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
                status.value(), correlationId, (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
        return correlationId;
    }

    /** The staff apps this person's web-app session may open; null when no one is signed in to them. */
    private static Set<String> signedInApps(HttpServletRequest request) {
        var session = request.getSession(false);
        var signedIn = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
        var user = signedIn == null ? null : signedIn.getAuthenticationForProcessEngine(ENGINE);
        return user instanceof UserAuthentication staff ? staff.getAuthorizedApps() : null;
    }

    static String html(HttpStatusCode status, String correlationId, Set<String> apps) {
        var words = Words.of(status.value());
        var links = new ArrayList<String>();
        if (apps == null) {
            links.add(link("/", "商家中心 / Merchant portal", "商家登录与申请", "merchants sign in and apply"));
            links.add(link(appPath("welcome"), "员工登录 / Staff sign-in", "审核员、运营与管理员", "reviewers, ops and admins"));
        } else {
            APPS.stream().filter(app -> apps.contains(app.id) || app.id.equals("welcome"))
                    .forEach(app -> links.add(link(appPath(app.id), app.zh + " / " + app.en, app.whatZh, app.whatEn)));
        }
        String reference = correlationId == null ? "" : "<p class=\"ref\">联系我们时请提供编号 / Quote this number if you"
                + " contact us: <code>" + correlationId + "</code></p>";
        return """
                <!DOCTYPE html>
                <html lang="zh-CN">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%1$s / %2$s · 商家入驻 Merchant Onboarding</title>
                <style>
                body { font-family: system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif;
                       margin: 0; background: #f5f6f8; color: #1f2933; }
                main { max-width: 40rem; margin: 4rem auto; padding: 2rem; background: #fff; border-radius: 8px;
                       box-shadow: 0 1px 4px rgba(0,0,0,.12); }
                h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
                h1 + p { margin-top: 0; color: #52606d; font-size: 1.1rem; }
                .status { color: #7b8794; font-size: .9rem; }
                ul { padding-left: 0; list-style: none; }
                li { margin: .5rem 0; }
                a { color: #1765ad; font-weight: 600; }
                li span { color: #52606d; }
                </style>
                </head>
                <body>
                <main>
                <p class="status">%3$d · 商家入驻 Merchant Onboarding</p>
                <h1>%1$s</h1>
                <p>%2$s</p>
                <p>%4$s<br>%5$s</p>
                %6$s
                <h2>去哪里 / Where to go</h2>
                <ul>
                %7$s
                </ul>
                </main>
                </body>
                </html>
                """.formatted(words.titleZh, words.titleEn, status.value(), words.whatZh, words.whatEn, reference,
                String.join("\n", links));
    }

    private static String appPath(String app) {
        return "/camunda/app/" + app + "/" + ENGINE + "/";
    }

    private static String link(String href, String name, String whatZh, String whatEn) {
        return "<li><a href=\"" + href + "\">" + name + "</a> <span>· " + whatZh + " / " + whatEn + "</span></li>";
    }

    private record App(String id, String zh, String en, String whatZh, String whatEn) {}

    /** What happened, in both languages, by status. */
    private record Words(String titleZh, String titleEn, String whatZh, String whatEn) {

        static Words of(int status) {
            return switch (status) {
                case 401 -> new Words("请先登录", "Please sign in first",
                        "此页面需要登录后才能打开。", "This page opens once you are signed in.");
                case 403 -> new Words("您无权打开此页面", "You may not open this page",
                        "您的角色不包含此应用或此内容。如确需使用，请联系管理员为您开通。",
                        "Your role does not include this app or this item. If you need it, ask an administrator.");
                case 404 -> new Words("页面不存在", "There is no such page",
                        "该地址没有内容，可能链接有误或内容已被删除。",
                        "Nothing is at this address: the link may be wrong, or what it showed is gone.");
                default -> status >= 500
                        ? new Words("出错了", "Something went wrong",
                                "系统出错，您的操作可能未完成。请稍后重试。",
                                "Something failed on our side; what you did may not have been saved. Please try again later.")
                        : new Words("请求无法处理", "This request cannot be handled",
                                "请返回上一页重试。", "Go back and try again.");
            };
        }
    }
}
