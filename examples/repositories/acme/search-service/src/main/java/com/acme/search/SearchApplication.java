package com.acme.search;

public class SearchApplication {
  public static void main(String[] args) {}
}
