package com.vanitycall.pipeline;

/** What the deep scoring made of one stream record: a scored call, or a record that is not one. */
public sealed interface ScoreOutcome permits ScoredCall, MalformedRecord {}
