package main

func cmdNew(e *env, args []string) error    { return nil }
func cmdExport(e *env, args []string) error { return nil }
func cmdCheck(e *env, args []string) error  { return nil }
