package com.vanitycall.loadtest;

import com.vanitycall.local.stack.LocalStack;
import com.vanitycall.local.stack.PipeListener;
import com.vanitycall.local.stack.StackOptions;

/** Starts the stack under load, with its pipeline reporting to the given listener. */
@FunctionalInterface
public interface StackLauncher {

  LocalStack start(StackOptions options, PipeListener listener);
}
