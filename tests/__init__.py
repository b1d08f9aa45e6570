"""On Record's tests: a package, so a test module other tests import (``from tests.test_x
import ...``) is one module whether pytest collects it or another test imports it."""
