package io.compose2helm.cli;
public class Main { public static void main(String[] a) {} }
