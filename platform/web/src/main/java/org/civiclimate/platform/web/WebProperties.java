package org.civiclimate.platform.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * What every servlet application of the platform accepts, under {@code civiclimate.web}.
 *
 * @param maxRequestSize largest request body accepted, declared or streamed (chunked bodies are counted as they are
 *     read); the gateway has the same limit, but a service reached directly inside the cluster must hold it too
 */
@ConfigurationProperties("civiclimate.web")
public record WebProperties(@DefaultValue("1MB") DataSize maxRequestSize) {}
