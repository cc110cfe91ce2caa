package org.cunzhi.core.model;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

/**
 * One year's surveys (TJ-R2).
 *
 * @param satisfaction the satisfaction survey; null when none
 * @param participation the participation survey; null when none
 */
public record Surveys(
    @Valid @Nullable Satisfaction satisfaction, @Valid @Nullable Participation participation) {}
