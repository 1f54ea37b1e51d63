package com.acme.orders;

import static org.mockito.Mockito.when;

import java.util.function.Function;
import org.mockito.ArgumentCaptor;
import org.mockito.Answers;

public class KeepTest {
  private ArgumentCaptor<String> captor;
  private final Function<Object, Object> same = Answers::valueOf;
}
