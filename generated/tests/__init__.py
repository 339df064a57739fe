"""Tests of the generated modules. Do not edit."""
