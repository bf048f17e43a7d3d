import math

# Step 1 of gradient descent, element by element (scalar loops): logistic regression, binary cross-entropy, 2 row(s).
X = [[1, 2, 3],
     [4, 5, 6]]
y = [0, 1]
w = [2, 2, 2]
alpha = 0.1
n, m = len(X), len(w)

loss = 0.0
grad_w = [0.0] * m
for i in range(n):
    z = sum(w[j] * X[i][j] for j in range(m))  # [12, 30]
    p = 1 / (1 + math.exp(-z))
    loss += (max(z, 0) - z * y[i] + math.log1p(math.exp(-abs(z)))) / n
    d_out = (p - y[i]) / n
    for j in range(m):
        grad_w[j] += d_out * X[i][j]
# loss = 6.000003; grad_w = [0.499997, 0.999994, 1.499991]
w = [w[j] - alpha * grad_w[j] for j in range(m)]  # [1.95, 1.900001, 1.850001]
print(loss, w)
