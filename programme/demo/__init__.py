"""The real demo content: the call for mentors and the programme, in sl (original), hr and en."""
