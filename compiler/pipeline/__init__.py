"""The build driver: the stages in order, the emitters, and writing the outputs."""
