package com.vanitycall.local.workflow;

import com.fasterxml.jackson.databind.JsonNode;

/** Runs the Task states of a locally executed state machine. Called from many threads at once. */
public interface TaskRunner {

  /**
   * @return the resource's result, as the state machine sees it before ResultSelector
   * @throws TaskFailedException with the error name the state's Retry and Catch match on
   */
  JsonNode run(TaskRequest request) throws TaskFailedException;
}
