package com.vanitycall.local.cli;

import picocli.CommandLine.Command;

/** {@code vanitycall load}: the load tests, one subcommand each. */
@Command(
    name = "load",
    mixinStandardHelpOptions = true,
    description = "Load tests on a local stack.",
    subcommands = {PipelineLoadCommand.class})
public final class LoadCommand {}
