int helper(int x) { return x * 3 + 1; }
const char *other = "hello";
