package org.civiclimate.platform.web;

import java.io.IOException;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/** Passes the current request id on to every outgoing call made with a Boot-built RestClient. */
final class RequestIdPropagation implements ClientHttpRequestInterceptor {

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
            throws IOException {
        RequestId.current().ifPresent(id -> request.getHeaders().set(RequestId.HEADER, id));
        return execution.execute(request, body);
    }
}
