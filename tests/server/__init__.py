"""Tests of the HTTP server (trialkg serve)."""
