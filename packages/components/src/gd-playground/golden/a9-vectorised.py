import numpy as np

# Step 1 of gradient descent, vectorised (matrix form): logistic regression, binary cross-entropy, 2 row(s).
X = np.array([[1, 2, 3],
              [4, 5, 6]], dtype=float)  # 2 × 3
y = np.array([0, 1], dtype=float)
w = np.array([2, 2, 2], dtype=float)
alpha = 0.1
n = len(y)

z = X @ w  # [12, 30]
p = 1 / (1 + np.exp(-z))  # [0.999994, 1]
loss = np.mean(np.logaddexp(0, z) - y * z)  # 6.000003
d_out = (p - y) / n  # dL/dz: [0.499997, 0]
grad_w = X.T @ d_out  # [0.499997, 0.999994, 1.499991]
w = w - alpha * grad_w  # [1.95, 1.900001, 1.850001]
print(loss, w)
